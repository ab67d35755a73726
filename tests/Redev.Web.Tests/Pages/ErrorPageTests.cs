using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>People get error pages in the layout and their language; programs keep problem details.</summary>
public class ErrorPageTests
{
    [Theory]
    [InlineData("/Schemes/nosuch", "en-HK", "Page not found")]
    [InlineData("/Schemes/nosuch", "zh-HK", "找不到此頁")]
    [InlineData("/Markets/nosuch", "en-HK", "Page not found")]
    [InlineData("/Markets/nosuch", "zh-HK", "找不到此頁")]
    [InlineData("/No/Such/Page", "zh-HK", "找不到此頁")]
    public async Task A_missing_page_is_a_404_page_in_the_layout_and_the_visitors_language(string path, string culture, string title)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, path, culture), HttpStatusCode.NotFound);

        Assert.Contains($"<h1 id=\"error-title\">{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sign-out\"", html, StringComparison.Ordinal);
        Assert.Contains(culture == "zh-HK" ? "lang=\"zh-Hant-HK\"" : "lang=\"en-HK\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"traceId\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-HK", "Something went wrong")]
    [InlineData("zh-HK", "出現問題")]
    public async Task A_page_that_fails_is_a_500_page_without_the_servers_internals(string culture, string title)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite, services: s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailOnPurpose())));
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Schemes");
        request.Headers.AcceptLanguage.ParseAdd(culture);
        request.Headers.Add(FailOnPurpose.Header, "1");

        var html = await PageText.HtmlAsync(await http.SendAsync(request), HttpStatusCode.InternalServerError);

        Assert.Contains($"<h1 id=\"error-title\">{title}</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailOnPurpose.Secret, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-HK", "Not allowed")]
    [InlineData("zh-HK", "不准許")]
    public async Task A_forbidden_status_page_keeps_its_403(string culture, string title)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Error/403", culture), HttpStatusCode.Forbidden);

        Assert.Contains($"<h1 id=\"error-title\">{title}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_keeps_problem_details_whatever_the_language()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.AsAsync(f, "chan");
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-HK");
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        await ApiClient.ProblemAsync(await http.GetAsync("/api/schemes/nosuch"), HttpStatusCode.NotFound, "no-scheme");
        await ApiClient.ProblemAsync(await http.GetAsync("/api/no-such-endpoint"), HttpStatusCode.NotFound, "no-endpoint");
        using var anonymous = f.Api();
        await ApiClient.ProblemAsync(await anonymous.GetAsync("/api/schemes"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    /// <summary>Makes a page throw when the request asks for it, to see what a visitor gets from a bug.</summary>
    private sealed class FailOnPurpose : IAsyncPageFilter
    {
        public const string Header = "X-Test-Fail";
        public const string Secret = "internal detail that must not reach the page";

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Headers.ContainsKey(Header) && !context.HttpContext.Request.Path.StartsWithSegments("/Error")
                ? throw new InvalidOperationException(Secret)
                : next();
    }
}
