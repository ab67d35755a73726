using System.Security.Cryptography;
using Redev.Store;
using Redev.Store.Ledger;

namespace Redev.App;

/// <summary>
/// The notary's signing key, loaded once per process from a PEM file kept outside the database (so a
/// copy of the database cannot forge a checkpoint), with its public half for verifiers.
/// </summary>
public sealed class NotarySeal : IDisposable
{
    private readonly Lazy<ECDsa> _key;

    public NotarySeal(string keyPath)
    {
        KeyPath = keyPath;
        // Read (or created) on first use only: a command that signs nothing never touches the key file.
        _key = new Lazy<ECDsa>(() => NotaryKey.LoadOrCreate(keyPath));
    }

    public ECDsa Key => _key.Value;
    public string PublicPem => NotaryKey.PublicPem(Key);
    public string KeyPath { get; }

    /// <summary>The key file given, else the ledger's default place next to the store.</summary>
    public static NotarySeal For(StoreLocation location, string? keyPath = null) =>
        new(keyPath is { Length: > 0 } p ? p : NotaryKey.DefaultPath(location));

    public void Dispose()
    {
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }
}
