using Microsoft.AspNetCore.Routing;

namespace Ita.Micro.ServiceDefaults;

/// <summary>
/// Endpoints that a defaults package adds to every app using it, mapped by
/// <see cref="ServiceDefaultsExtensions.MapDefaultEndpoints"/> after authorization: the back-end package registers
/// its /ops/errors this way, so that these web defaults need not know the bus and each Program.cs stays one call.
/// </summary>
public sealed record DefaultEndpoints(Action<IEndpointRouteBuilder> Map);
