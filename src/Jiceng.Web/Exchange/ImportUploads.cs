using Jiceng.Data.Exchange;

namespace Jiceng.Web.Exchange;

/// <summary>An uploaded file kept in a temporary file that deletes itself (imports need a seekable stream and never hold a whole workbook in memory).</summary>
public static class ImportUploads
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileStream> CopyAsync(Stream body, CancellationToken ct, long? maxBytes = null, IProgress<long>? copied = null)
    {
        var limit = maxBytes ?? ImportLimits.Default.MaxFileBytes;
        var path = Path.Combine(Path.GetTempPath(), $"jiceng-import-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var file = new FileStream(path, options);
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (file.Length + read > limit)
            {
                await file.DisposeAsync();
                throw new BadHttpRequestException($"文件超过 {limit / (1024 * 1024)} MB 的上限", StatusCodes.Status413PayloadTooLarge);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), ct);
            copied?.Report(file.Length);
        }

        file.Position = 0;
        return file;
    }
}
