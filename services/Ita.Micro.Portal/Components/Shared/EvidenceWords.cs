namespace Ita.Micro.Portal.Components.Shared;

/// <summary>The tag colour of a coverage status or a link's state, so both pages show them alike.</summary>
public static class EvidenceWords
{
    public static string Tone(string statusOrState) =>
        statusOrState switch
        {
            "Covered" or "Ok" => "maintain",
            "OnlyBroken" or "Missing" or "Broken" => "urgent",
            "Failing" => "develop",
            _ => "neutral",
        };
}
