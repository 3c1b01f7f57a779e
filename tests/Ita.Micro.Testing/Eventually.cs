using Xunit;

namespace Ita.Micro.Testing;

/// <summary>
/// Polls a condition until it holds, and fails the test with what was awaited when it does not within the time
/// given: the one poll-until loop of the test projects. A test that proves something did NOT happen waits for a
/// sentinel instead (a later message consumed, an injected clock), never for this to time out.
/// </summary>
public static class Eventually
{
    /// <summary>How often the condition is asked again unless a caller says otherwise.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>What <see cref="HoldsAsync(Func{Task{bool}}, TimeSpan, string, TimeSpan?, Func{string}?)"/> waits for.</summary>
    private static readonly object Held = new();

    /// <summary>
    /// Asks until the probe answers something (not null) and returns it: the wait for a thing to appear (an event,
    /// a finished import) that the test then reads. The probe may throw to end the wait at once (a process that died).
    /// </summary>
    /// <param name="probe">Asked until it answers non-null.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="what">What was awaited, or what did not happen, for the failure ("Not within 20 s: " + what).</param>
    /// <param name="interval">How long to wait between two asks (<see cref="DefaultInterval"/> when null).</param>
    /// <param name="detail">More to print on failure, asked only then (a system's logs, the last answer).</param>
    public static async Task<T> ReturnsAsync<T>(
        Func<Task<T?>> probe,
        TimeSpan timeout,
        string what,
        TimeSpan? interval = null,
        Func<string>? detail = null
    )
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
                return value;
            if (DateTime.UtcNow > deadline)
                Assert.Fail(
                    $"Not within {timeout.TotalSeconds:0.#} s: {what}.{(detail is null ? "" : "\n" + detail())}"
                );
            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <inheritdoc cref="ReturnsAsync{T}(Func{Task{T}}, TimeSpan, string, TimeSpan?, Func{string}?)"/>
    public static Task<T> ReturnsAsync<T>(
        Func<T?> probe,
        TimeSpan timeout,
        string what,
        TimeSpan? interval = null,
        Func<string>? detail = null
    )
        where T : class => ReturnsAsync(() => Task.FromResult(probe()), timeout, what, interval, detail);

    /// <param name="condition">Asked until it answers true.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="what">What was awaited, or what did not happen, for the failure ("Not within 20 s: " + what).</param>
    /// <param name="interval">How long to wait between two asks (<see cref="DefaultInterval"/> when null).</param>
    /// <param name="detail">More to print on failure, asked only then (a system's logs).</param>
    public static Task HoldsAsync(
        Func<Task<bool>> condition,
        TimeSpan timeout,
        string what,
        TimeSpan? interval = null,
        Func<string>? detail = null
    ) => ReturnsAsync(async () => await condition() ? Held : null, timeout, what, interval, detail);

    /// <inheritdoc cref="HoldsAsync(Func{Task{bool}}, TimeSpan, string, TimeSpan?, Func{string}?)"/>
    public static Task HoldsAsync(
        Func<bool> condition,
        TimeSpan timeout,
        string what,
        TimeSpan? interval = null,
        Func<string>? detail = null
    ) => HoldsAsync(() => Task.FromResult(condition()), timeout, what, interval, detail);
}
