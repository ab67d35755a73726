namespace Redev.Web.Schemes;

public sealed record RegisterRowDto(int Line, string Lot, string Flat, string Use, long Shares, string? Owner, string Fraction, string? Mortgagee, bool Consented);
