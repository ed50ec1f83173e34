#include "HttpDate.h"

#include <QList>
#include <QTimeZone>

namespace sfm::net {

namespace {

// Month names are fixed English tokens in HTTP, never the user's locale.
int monthFromName(QByteArrayView name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

bool parseNumber(QByteArrayView text, int *out)
{
    if (text.isEmpty() || text.size() > 4)
        return false;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

bool parseTime(QByteArrayView text, QTime *out)
{
    const QList<QByteArray> parts = text.toByteArray().split(':');
    int h = 0, m = 0, s = 0;
    if (parts.size() != 3 || !parseNumber(parts[0], &h) || !parseNumber(parts[1], &m) ||
        !parseNumber(parts[2], &s))
        return false;
    // RFC 9110 allows a leap second (60); QTime does not, so clamp it.
    const QTime t(h, m, qMin(s, 59));
    if (!t.isValid())
        return false;
    *out = t;
    return true;
}

std::optional<QDateTime> build(int year, int month, int day, const QTime &time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    if (text.size() > 64)
        return std::nullopt;
    QList<QByteArray> tokens;
    for (const QByteArray &t : text.trimmed().toByteArray().split(' ')) {
        if (!t.isEmpty())
            tokens.append(t);
    }
    QTime time;
    int day = 0, year = 0;
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (tokens.size() == 6 && tokens[0].endsWith(',') && tokens[5] == "GMT") {
        const int month = monthFromName(tokens[2]);
        if (month && parseNumber(tokens[1], &day) && parseNumber(tokens[3], &year) && tokens[3].size() == 4 &&
            parseTime(tokens[4], &time))
            return build(year, month, day, time);
        return std::nullopt;
    }
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    if (tokens.size() == 4 && tokens[0].endsWith(',') && tokens[3] == "GMT") {
        const QList<QByteArray> dmy = tokens[1].split('-');
        if (dmy.size() != 3)
            return std::nullopt;
        const int month = monthFromName(dmy[1]);
        if (!month || !parseNumber(dmy[0], &day) || !parseNumber(dmy[2], &year) ||
            !parseTime(tokens[2], &time))
            return std::nullopt;
        if (dmy[2].size() == 2)
            year += year < 70 ? 2000 : 1900;
        return build(year, month, day, time);
    }
    // asctime: Sun Nov  6 08:49:37 1994
    if (tokens.size() == 5) {
        const int month = monthFromName(tokens[1]);
        if (month && parseNumber(tokens[2], &day) && parseTime(tokens[3], &time) &&
            parseNumber(tokens[4], &year))
            return build(year, month, day, time);
    }
    return std::nullopt;
}

QByteArray formatHttpDate(const QDateTime &utc)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime tm = t.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0') +
           ' ' + months[d.month() - 1] + ' ' + QByteArray::number(d.year()).rightJustified(4, '0') + ' ' +
           QByteArray::number(tm.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(tm.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(tm.second()).rightJustified(2, '0') + " GMT";
}

std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArrayView v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool digits = v.size() <= 10;
    for (char c : v)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return std::chrono::milliseconds(seconds * 1000);
    }
    const auto date = parseHttpDate(v);
    if (!date)
        return std::nullopt;
    const qint64 ms = nowUtc.msecsTo(*date);
    return std::chrono::milliseconds(qMax<qint64>(0, ms));
}

} // namespace sfm::net
