using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>Section "CodeBooks": CodeBooks__RescanInterval.</summary>
public sealed class CodeBookOptions
{
    public const string Section = "CodeBooks";

    /// <summary>
    /// How often each replica looks again in its service's code-book folder for a book another replica saved
    /// (<see cref="CodeBookLoader"/>): the last resort for a book published while this replica was starting.
    /// </summary>
    [Range(
        typeof(TimeSpan),
        "00:00:01",
        "01:00:00",
        ErrorMessage = "CodeBooks:RescanInterval must be from 00:00:01 to 01:00:00 (hh:mm:ss)."
    )]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(1);
}
