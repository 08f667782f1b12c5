// A colour per namespace set: processes that share every namespace share a colour; the host's
// own set is neutral grey, so a process made by `unshare` stands out at once.

export function nsColour(nsKey: string, hostKey: string): string {
  if (nsKey === hostKey) return "hsl(220 10% 62%)";
  let h = 2166136261;
  for (let i = 0; i < nsKey.length; i++) h = Math.imul(h ^ nsKey.charCodeAt(i), 16777619);
  const hue = ((h >>> 0) % 300) + 30; // skip the reds near 0 used for errors
  return `hsl(${hue} 75% 66%)`;
}
