// A textarea that grows with its text, so paragraphs are read whole instead of in a small box.
import type { Attachment } from "svelte/attachments";

/** Fits the textarea's height to its content at every keystroke and whenever its width changes. */
export const autosize: Attachment<HTMLTextAreaElement> = (el) => {
  const fit = () => {
    el.style.height = "auto";
    // The border is outside scrollHeight (box-sizing: border-box).
    el.style.height = `${el.scrollHeight + 2}px`;
  };
  let width = -1;
  // A narrower box wraps more lines: refit when the width changes, not when the height does
  // (which fitting itself changes).
  const observer = new ResizeObserver((entries) => {
    const w = entries[0]?.contentRect.width ?? 0;
    if (w !== width) {
      width = w;
      fit();
    }
  });
  observer.observe(el);
  el.addEventListener("input", fit);
  return () => {
    observer.disconnect();
    el.removeEventListener("input", fit);
  };
};
