using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Redev.Ledger;
using Redev.Load;
using Redev.Schemes;
using Redev.Store;

// Hammers a running Redev web app: each client proposes a one-unit transfer (owner's token) and has the
// notary approve it, again and again, for the duration. Then it checks that every acknowledged
// transfer is approved according to the API and, with --db, posted in the ledger itself, and that no
// request got a 5xx. It starts nothing: run the web app first (docs/web.md).
LoadOptions o;
try
{
    o = LoadOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = o.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(60) };
var ownerToken = await TokenAsync(o.Owner, o.OwnerPassword);
var notaryToken = await TokenAsync(o.Notary, o.NotaryPassword);

var acked = new System.Collections.Concurrent.ConcurrentBag<Guid>();
var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
var started = Stopwatch.StartNew();
var until = started.Elapsed + o.Duration;
Console.WriteLine($"load: {o.Clients} clients for {o.Duration.TotalSeconds:0} s against {o.Url} (propose + approve, 1 unit {o.From} -> {o.To})");

await Task.WhenAll(Enumerable.Range(0, o.Clients).Select(_ => Task.Run(ClientAsync)));
var elapsed = started.Elapsed;

var all = latencies.Order().ToArray();
var p99 = all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(all.Length * 0.99) - 1)];
var errors5xx = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
Console.WriteLine("status counts: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}")));

// Every acknowledged transfer must be approved in the API's view and, if we can read the store, posted in the ledger.
using var list = new HttpRequestMessage(HttpMethod.Get, "/api/transfers");
list.Headers.Authorization = new AuthenticationHeaderValue("Bearer", notaryToken);
using var listed = await http.SendAsync(list);
listed.EnsureSuccessStatusCode();
var approved = (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
    .Where(t => t.GetProperty("status").GetString() == "approved").Select(t => t.GetProperty("id").GetGuid()).ToHashSet();
var missingApi = acked.Count(id => !approved.Contains(id));
var missingLedger = -1;
if (o.Db is { } db)
{
    await using var store = await RedevStore.OpenAsync(StoreLocation.Parse(db));
    var posted = (await store.Journal.EntriesAsync(SchemeId.Parse(o.Scheme)))
        .Where(e => e.Kind == EntryKind.PostPending && e.PendingId is not null).Select(e => e.PendingId!.Value).ToHashSet();
    missingLedger = acked.Count(id => !posted.Contains(id));
}

Console.WriteLine($"acknowledged transfers: {acked.Count}; missing from the API's approved list: {missingApi}; " +
                  (missingLedger < 0 ? "ledger not read (no --db)" : $"missing from the ledger: {missingLedger}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"web requests={all.Length} requests/s={all.Length / elapsed.TotalSeconds:0} transfers/s={acked.Count / elapsed.TotalSeconds:0} p99_ms={p99:0.0} 5xx={errors5xx}"));
return errors5xx == 0 && missingApi == 0 && missingLedger <= 0 && !acked.IsEmpty ? 0 : 1;

async Task ClientAsync()
{
    while (started.Elapsed < until)
    {
        var id = Guid.NewGuid();
        var proposed = await SendAsync(HttpMethod.Post, "/api/transfers", ownerToken,
            new { id, scheme = o.Scheme, from = o.From, to = o.To, units = 1, note = "load" });
        if (proposed != HttpStatusCode.Created)
        {
            continue;
        }
        if (await SendAsync(HttpMethod.Post, $"/api/transfers/{id}/approve", notaryToken, null) == HttpStatusCode.OK)
        {
            acked.Add(id);
        }
    }
}

async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string token, object? body)
{
    using var req = new HttpRequestMessage(method, path);
    req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    if (body is not null)
    {
        req.Content = JsonContent.Create(body);
    }
    var t = Stopwatch.GetTimestamp();
    HttpStatusCode status;
    try
    {
        using var r = await http.SendAsync(req);
        status = r.StatusCode;
    }
    catch (HttpRequestException)
    {
        status = (HttpStatusCode)599; // no answer at all counts as a server failure
    }
    catch (TaskCanceledException)
    {
        status = (HttpStatusCode)598; // timed out
    }
    latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
    statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
    return status;
}

async Task<string> TokenAsync(string user, string password)
{
    using var r = await http.PostAsJsonAsync("/api/tokens", new { userName = user, password });
    r.EnsureSuccessStatusCode();
    return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
}
