using Redev.App.Completion;

namespace Redev.Web.Pages.Completion;

/// <summary>What the payout lines' partial shows: one payout, and the page's names for the holders and payees in it.</summary>
public sealed record PayoutLinesView(PayoutRecord Payout, CompletionNames Names);
