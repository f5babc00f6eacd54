namespace Concord.Features.Charts;

/// <summary>Linear scales for the charts: values and days to pixels, and "nice" ticks (1, 2 or 5 times a power of ten).</summary>
internal sealed record ChartScale(double DomainMin, double DomainMax, double RangeMin, double RangeMax)
{
    public double Map(double value)
    {
        if (DomainMax <= DomainMin) return (RangeMin + RangeMax) / 2;
        double t = Math.Clamp((value - DomainMin) / (DomainMax - DomainMin), 0, 1);
        return RangeMin + t * (RangeMax - RangeMin);
    }

    public double Map(DateOnly day) => Map(day.DayNumber);

    /// <summary>A step of about <paramref name="range"/> / <paramref name="count"/> that reads well.</summary>
    public static double NiceStep(double range, int count)
    {
        if (range <= 0 || double.IsNaN(range) || double.IsInfinity(range)) return 1;
        double raw = range / count;
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    /// <summary>The first day of each year (or each <paramref name="months"/>-th month) from <paramref name="from"/>
    /// to <paramref name="to"/>.</summary>
    public static IEnumerable<DateOnly> DateTicks(DateOnly from, DateOnly to, int months)
    {
        var tick = new DateOnly(from.Year, 1, 1);
        while (tick < from) tick = tick.AddMonths(months);
        for (; tick <= to; tick = tick.AddMonths(months)) yield return tick;
    }

    /// <summary>Months between ticks for a span of days, about <paramref name="count"/> ticks: 1, 3, 6, 12 or whole years.</summary>
    public static int TickMonths(int days, int count)
    {
        double months = days / 30.44 / Math.Max(count, 1);
        if (months <= 1) return 1;
        if (months <= 3) return 3;
        if (months <= 6) return 6;
        return 12 * (int)Math.Max(1, Math.Ceiling(months / 12));
    }
}
