using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Extensions;

/// <summary>Reaching loopback addresses is for tests against their own servers: refused at start-up elsewhere.</summary>
public sealed class EvidenceOptionsValidator(IHostEnvironment environment) : IValidateOptions<EvidenceOptions>
{
    public ValidateOptionsResult Validate(string? name, EvidenceOptions options) =>
        options.AllowLoopbackForTests && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"Evidence:AllowLoopbackForTests is for tests only; it is refused in the {environment.EnvironmentName} environment."
            )
            : ValidateOptionsResult.Success;
}
