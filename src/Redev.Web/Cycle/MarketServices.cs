namespace Redev.Web.Cycle;

/// <summary>The cycle dashboard's services, registered in one place so the host's list stays short.</summary>
public static class MarketServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<MarketFolder>();
        services.AddSingleton<MarketStore>();
        services.AddSingleton<MarketCatalog>();
        services.AddSingleton<MarketUpload>();
    }
}
