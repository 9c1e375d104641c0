// Scrolls one container so that an element inside it is visible, without
// touching any other scrollable ancestor (Element.scrollIntoView would also
// move the window and panes around it).

export function scrollWithin(container: HTMLElement, el: Element, block: 'center' | 'nearest'): void {
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const top = r.top - box.top; // where el is now, relative to the container's visible top
  if (block === 'center') {
    container.scrollTop += top - (container.clientHeight - r.height) / 2;
  } else if (top < 0) {
    container.scrollTop += top;
  } else if (top + r.height > container.clientHeight) {
    container.scrollTop += top + r.height - container.clientHeight;
  }
}
