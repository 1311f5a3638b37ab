// While the user works in an interactive page (no page loads), renew the session cookie at most every five minutes,
// so the idle timeout counts from the last real activity. An idle page sends nothing and its session ends.
(() => {
  const every = 5 * 60 * 1000;
  let last = Date.now();
  const touch = () => {
    if (Date.now() - last < every) return;
    last = Date.now();
    fetch('/account/keepalive', { credentials: 'same-origin', cache: 'no-store' }).catch(() => {});
  };
  for (const type of ['click', 'keydown', 'input']) document.addEventListener(type, touch, { passive: true, capture: true });
})();
