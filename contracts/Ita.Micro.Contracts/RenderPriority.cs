namespace Ita.Micro.Contracts;

/// <summary>
/// Who waits for a document. On results day the analysis documents of every organisation queue at once; a document a
/// person has just asked for (an approval, a report, a summary) is rendered before them, not behind them.
/// </summary>
public enum RenderPriority
{
    /// <summary>Made by the yearly flow (an analysis, a drafted plan): nobody is at a screen waiting for it.</summary>
    Routine = 0,

    /// <summary>Asked for by a person's action: rendered ahead of every routine document in the queue.</summary>
    SomeoneWaits = 1,
}
