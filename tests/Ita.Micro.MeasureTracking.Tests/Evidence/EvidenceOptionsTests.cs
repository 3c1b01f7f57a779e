using Ita.Micro.MeasureTracking.Extensions;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>The link checker's settings: refused at start-up with the key named, loopback only in Development.</summary>
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
        if (!valid)
            Assert.Contains("Evidence:AllowLoopbackForTests", result.FailureMessage);
    }

    [Theory]
    [InlineData("CheckInterval", "00:00:10", "Evidence:CheckInterval must be from 00:01:00 to 30.00:00:00.")]
    [InlineData("PerHostConcurrency", "0", "Evidence:PerHostConcurrency must be from 1 to 16.")]
    [InlineData("UserAgent", "bot", "Evidence:UserAgent must name the product")]
    public void A_setting_out_of_its_range_names_its_key_and_the_range(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"Evidence:{key}"] = value })
            .Build();
        var services = new ServiceCollection();
        services
            .AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection(EvidenceOptions.Section))
            .ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() =>
            provider.GetRequiredService<IOptions<EvidenceOptions>>().Value
        );

        Assert.Contains(message, error.Message);
    }
}
