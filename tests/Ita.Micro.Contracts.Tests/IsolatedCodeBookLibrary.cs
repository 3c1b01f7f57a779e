using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Contracts.Tests;

/// <summary>
/// A private copy of the contracts assembly in its own load context, so a test can call
/// <see cref="CodeBookLibrary.Use"/> without changing the process-wide library the other tests read (they run in
/// parallel, and <see cref="CodeBookLibrary.Years"/> would show the loaded year to them). Books cross over as JSON.
/// </summary>
public sealed class IsolatedCodeBookLibrary : IDisposable
{
    private readonly AssemblyLoadContext _context = new(nameof(IsolatedCodeBookLibrary), isCollectible: true);
    private readonly Type _library;

    public IsolatedCodeBookLibrary()
    {
        var assembly = _context.LoadFromAssemblyPath(typeof(CodeBookLibrary).Assembly.Location);
        _library = assembly.GetType(typeof(CodeBookLibrary).FullName!, throwOnError: true)!;
    }

    public IReadOnlyList<int> Years => (IReadOnlyList<int>)_library.GetProperty(nameof(CodeBookLibrary.Years))!.GetValue(null)!;

    public void Use(CodeBook book)
    {
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(book, CodeBookLibrary.JsonOptions));
        var copy = Invoke(nameof(CodeBookLibrary.Parse), new MemoryStream(json));
        Invoke(nameof(CodeBookLibrary.Use), copy);
    }

    /// <summary>What the private library's Find returns, brought back as this context's type; null when it has none.</summary>
    public CodeBook? Find(int fiscalYear)
    {
        var found = Invoke(nameof(CodeBookLibrary.Find), fiscalYear);
        if (found is null) return null;
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(found, found.GetType(), CodeBookLibrary.JsonOptions)));
        return CodeBookLibrary.Parse(json);
    }

    public void Dispose() => _context.Unload();

    private object? Invoke(string method, object? argument)
    {
        try
        {
            return _library.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [argument]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            // Rethrown as itself, so a test can expect the library's own exception.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}
