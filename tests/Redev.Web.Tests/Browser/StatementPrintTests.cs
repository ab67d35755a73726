using System.Diagnostics;
using OpenQA.Selenium;

namespace Redev.Web.Tests.Browser;

/// <summary>A statement printed to PDF by Chromium keeps its Chinese text and figures, and leaves the menus and links out.</summary>
public class StatementPrintTests
{
    [Fact]
    public async Task A_chinese_statement_prints_to_a_pdf_whose_text_has_the_headings_and_the_closing_units()
    {
        await using var b = await Browser.OpenAsync("statement-print");
        b.SignIn("wong");
        b.Click("#lang-zh");
        b.Go("/Holdings");
        b.Click(".statement-link");
        Assert.Equal("持有人結單", b.Text("#statement-title"));
        var closing = b.Text("#statement-closing");
        b.Shot("statement-zh");

        // A4, as the print style sheet asks and as Hong Kong prints.
        var pdf = ((ISupportsPrint)b.Driver).Print(new PrintOptions { PageDimensions = PrintOptions.PageSize.A4 });
        var file = Path.Combine(Path.GetTempPath(), $"redev-statement-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, Convert.FromBase64String(pdf.AsBase64EncodedString));
        var text = await PdfTextAsync(file);

        Assert.Contains("持有人結單", text, StringComparison.Ordinal);
        Assert.Contains("期末基金單位", text, StringComparison.Ordinal);
        Assert.Contains("變動", text, StringComparison.Ordinal);
        Assert.Contains(closing, text, StringComparison.Ordinal);
        // The print style sheet drops the menus, the period form and the download link.
        Assert.DoesNotContain("下載 CSV", text, StringComparison.Ordinal);
        Assert.DoesNotContain("顯示這段期間", text, StringComparison.Ordinal);
        File.Delete(file);
    }

    /// <summary>The PDF's text as poppler's <c>pdftotext</c> reads it (./test.sh installs poppler-utils).</summary>
    private static async Task<string> PdfTextAsync(string file)
    {
        Assert.True(File.Exists("/usr/bin/pdftotext"), "/usr/bin/pdftotext is missing: install poppler-utils (./test.sh does).");
        var start = new ProcessStartInfo("/usr/bin/pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-enc", "UTF-8", file, "-" })
        {
            start.ArgumentList.Add(a);
        }
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(timeout.Token);
        Assert.True(p.ExitCode == 0, "pdftotext failed: " + await error);
        return await output;
    }
}
