#include "deid/DateShift.h"

#include <QDate>
#include <QStringList>

namespace scanshield::deid {

namespace {

QString shiftOneDate(const QString& date, int days)
{
    const QDate parsed = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
    return parsed.isValid() ? parsed.addDays(days).toString(QStringLiteral("yyyyMMdd")) : QString();
}

// "a-b", "a-", "-b" or "a": each date present shifted.
QString shiftRange(const QString& value, int days, QString (*shift)(const QString&, int))
{
    const QStringList ends = value.split(QLatin1Char('-'));
    if (ends.size() > 2)
        return {};
    QStringList shifted;
    for (const QString& end : ends) {
        if (end.isEmpty()) {
            shifted << QString();
            continue;
        }
        const QString moved = shift(end, days);
        if (moved.isEmpty())
            return {};
        shifted << moved;
    }
    return shifted.join(QLatin1Char('-'));
}

QString shiftOneDateTime(const QString& value, int days)
{
    // YYYYMMDDHHMMSS.FFFFFF&ZZXX: the date is the first 8 characters; the rest is kept.
    if (value.size() < 8)
        return {};
    const QString date = shiftOneDate(value.left(8), days);
    return date.isEmpty() ? QString() : date + value.mid(8);
}

template <typename Shift>
QString eachValue(const QString& value, Shift shift)
{
    QStringList values = value.trimmed().split(QLatin1Char('\\'));
    for (QString& v : values) {
        v = shift(v.trimmed());
        if (v.isEmpty())
            return {};
    }
    return values.join(QLatin1Char('\\'));
}

} // namespace

QString shiftDate(const QString& value, int days)
{
    return eachValue(value, [days](const QString& v) { return shiftRange(v, days, shiftOneDate); });
}

QString shiftDateTime(const QString& value, int days)
{
    // A DT range uses '-', which also starts a negative UTC offset: ranges of DT are rare on
    // discs, so only a single DT (with its offset) is shifted.
    return eachValue(value, [days](const QString& v) { return shiftOneDateTime(v, days); });
}

} // namespace scanshield::deid
