using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>The reminders' offsets as configuration gives them, and refused when they make no sense.</summary>
public sealed class ReminderOptionsTests
{
    private static ReminderOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services
            .AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.Section))
            .ValidateDataAnnotations();
        return services.BuildServiceProvider().GetRequiredService<IOptions<ReminderOptions>>().Value;
    }

    [Fact]
    public void Configured_offsets_replace_the_defaults_rather_than_add_to_them()
    {
        Assert.Equal([30, 7, 1], Bind([]).Offsets);
        Assert.Equal([14], Bind(new() { ["Reminders:OffsetsDays:0"] = "14" }).Offsets);
        Assert.Equal(
            [60, 0],
            Bind(new() { ["Reminders:OffsetsDays:0"] = "60", ["Reminders:OffsetsDays:1"] = "0" }).Offsets
        );
    }

    [Theory]
    [InlineData("-1", "7")]
    [InlineData("400", "7")]
    [InlineData("7", "7")]
    public void Offsets_out_of_range_or_named_twice_stop_the_service(string first, string second)
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Bind(new() { ["Reminders:OffsetsDays:0"] = first, ["Reminders:OffsetsDays:1"] = second })
        );
        Assert.Contains("Reminders:OffsetsDays", error.Message);
    }
}
