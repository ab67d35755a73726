using System.Text.Json;
using Deque.AxeCore.Commons;
using OpenQA.Selenium;

namespace Redev.Web.Tests.Browser;

/// <summary>
/// Runs axe-core (the copy bundled in Deque.AxeCore.Commons) in the page the browser shows, against the
/// WCAG 2.1 A and AA rules, and returns the violations of serious or critical impact: the ones that stop a
/// screen-reader user, a keyboard user or a reader with poor sight from using the page.
/// </summary>
public static class Axe
{
    private static readonly string Script = new BundledAxeScriptProvider().GetScript();

    /// <summary>One rule broken, where: "rule (impact): help — selector, selector".</summary>
    public static IReadOnlyList<string> SeriousViolations(Browser b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var js = (IJavaScriptExecutor)b.Driver;
        js.ExecuteScript(Script);
        b.Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var json = (string)js.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))))
              .catch(e => done(JSON.stringify({ error: String(e) })));
            """)!;
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException("axe-core failed on " + b.Driver.Url + ": " + doc.RootElement.GetProperty("error").GetString());
        }
        return doc.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} — "
                         + string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(5).Select(n => n.GetString())))
            .ToList();
    }
}
