namespace Ita.Micro.Portal.Gateway.Models;

public sealed record OversightDeadline(
    DateOnly AsOf,
    DateOnly DueOn,
    bool DeadlinePassed,
    int Submitted,
    int NotSubmittedByDeadline
);
