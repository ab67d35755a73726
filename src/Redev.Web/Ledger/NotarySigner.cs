using System.Security.Cryptography;
using Redev.Store;
using Redev.Store.Ledger;

namespace Redev.Web.Ledger;

/// <summary>
/// The notary's signing key, loaded once per process from a PEM file kept outside the database
/// (configuration <c>Redev:NotaryKey</c>, else the ledger's default place next to the store), so
/// the web app and <c>redev ledger</c> sign with the same key.
/// </summary>
public sealed class NotarySigner : IDisposable
{
    public ECDsa Key { get; }
    public string PublicPem { get; }
    public string KeyPath { get; }

    public NotarySigner(IConfiguration config, StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(config);
        KeyPath = config["Redev:NotaryKey"] is { Length: > 0 } p ? p : NotaryKey.DefaultPath(location);
        Key = NotaryKey.LoadOrCreate(KeyPath);
        PublicPem = NotaryKey.PublicPem(Key);
    }

    public void Dispose() => Key.Dispose();
}
