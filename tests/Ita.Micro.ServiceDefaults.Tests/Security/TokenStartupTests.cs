using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Tests.Security;

/// <summary>A service starts only with settings that cannot accept forged tokens.</summary>
public sealed class TokenStartupTests
{
    private static async Task<Exception?> StartAsync(string environment, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in settings)
            builder.Configuration[key] = value;
        builder.AddServiceDefaults("token-test");
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        try
        {
            await app.StartAsync();
            await app.StopAsync();
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return ex;
        }
    }

    [Fact]
    public async Task Production_refuses_to_start_with_the_development_signing_key()
    {
        var refused = await StartAsync("Production", ("Authentication:SigningKey", DevelopmentTokens.SigningKey));

        Assert.NotNull(refused);
        Assert.Contains("development key", refused.Message);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_an_identity_provider_or_a_key()
    {
        var refused = await StartAsync("Production");

        Assert.NotNull(refused);
        Assert.Contains("Authentication:Authority", refused.Message);
    }

    [Fact]
    public async Task Production_refuses_a_key_shorter_than_32_bytes()
    {
        var refused = await StartAsync("Production", ("Authentication:SigningKey", "short-key"));

        Assert.NotNull(refused);
        Assert.Contains("at least 32 bytes", refused.Message);
    }

    [Fact]
    public async Task Production_starts_with_a_key_of_its_own_read_from_a_mounted_file()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "a-production-key-that-is-long-enough-for-hmac-sha256\n");
        try
        {
            Assert.Null(await StartAsync("Production", ("Authentication:SigningKeyFile", file)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Production_starts_with_a_key_from_a_folder_of_mounted_secrets()
    {
        var folder = Directory.CreateTempSubdirectory("ita-secrets-").FullName;
        await File.WriteAllTextAsync(
            Path.Combine(folder, "Authentication__SigningKey"),
            "a-mounted-production-key-long-enough-for-hmac-sha256"
        );
        try
        {
            Assert.Null(await StartAsync("Production", ("Secrets:Directory", folder)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Production_starts_with_an_identity_provider()
    {
        Assert.Null(
            await StartAsync("Production", ("Authentication:Authority", "https://idp.example.go.th/realms/ita"))
        );
    }

    [Fact]
    public async Task Development_starts_with_the_development_key_without_configuration()
    {
        Assert.Null(await StartAsync("Development"));
    }
}
