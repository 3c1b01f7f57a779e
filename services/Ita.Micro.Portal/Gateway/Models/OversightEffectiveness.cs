namespace Ita.Micro.Portal.Gateway.Models;

public sealed record OversightEffectiveness(
    int PlansFollowedUp,
    int Improved,
    int Mixed,
    int NotImproved,
    int NotAssessed
);
