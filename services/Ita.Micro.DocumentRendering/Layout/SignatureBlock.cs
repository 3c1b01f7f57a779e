using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// A signature on the right half of the page: an optional heading (a memo's "ความเห็น…" with its dotted comment
/// line), room to sign, the name in brackets, the position and the acting lines. A memo's signer writes on a
/// "ลงชื่อ ……" line (<paramref name="SignLine"/>); a ประกาศ is signed in the space above the name, with no such line.
/// </summary>
public sealed record SignatureBlock(Signatory Signatory, string? Heading = null, bool SignLine = true) : Block;
