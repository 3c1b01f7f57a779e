using Ita.Micro.Contracts.CodeBooks;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

public static class CodeBookExtensions
{
    /// <summary>
    /// The service's code books, one store per container (so per service host, also when a test hosts several in one
    /// process): readers take <see cref="ICodeBooks"/>; only <see cref="CodeBookShelf"/> takes the
    /// <see cref="CodeBookStore"/> itself, so one type writes them.
    /// </summary>
    public static IServiceCollection AddCodeBooks(this IServiceCollection services)
    {
        services.AddSingleton<CodeBookStore>();
        services.AddSingleton<ICodeBooks>(provider => provider.GetRequiredService<CodeBookStore>());
        services.AddSingleton<CodeBookShelf>();
        return services;
    }
}
