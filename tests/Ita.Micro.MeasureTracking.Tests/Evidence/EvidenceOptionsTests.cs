using Ita.Micro.MeasureTracking.Extensions;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>Reaching loopback addresses is for tests: refused at start-up outside Development.</summary>
public sealed class EvidenceOptionsTests
{
    [Theory]
    [InlineData("Production", true, false)]
    [InlineData("Staging", true, false)]
    [InlineData("Development", true, true)]
    [InlineData("Production", false, true)]
    public void Loopback_is_allowed_only_in_Development(string environment, bool allowLoopback, bool valid)
    {
        var validator = new EvidenceOptionsValidator(new HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, new EvidenceOptions { AllowLoopbackForTests = allowLoopback });

        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.Contains("Evidence:AllowLoopbackForTests", result.FailureMessage);
    }
}
