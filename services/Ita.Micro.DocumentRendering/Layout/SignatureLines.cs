using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>The lines of a signature block, the same in HTML and DOCX.</summary>
internal static class SignatureLines
{
    public const string SignLine = "ลงชื่อ ............................................";

    public const string CommentLine =
        "..............................................................................................................";

    /// <summary>"(name)", the position, then the acting line when the person signs for another.</summary>
    public static IEnumerable<string> Of(Signatory signatory)
    {
        yield return "(" + signatory.Name.Trim() + ")";
        yield return signatory.Position;
        if (signatory.ActingFor is { Length: > 0 } acting)
            yield return acting;
    }
}
