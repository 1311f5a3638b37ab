// Saves bytes a page streams from the server (DotNetStreamReference) as a file: the import wizard's error report.
window.jicengDownload = async (fileName, contentStreamReference) => {
  const buffer = await contentStreamReference.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer]));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName ?? '';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
};
