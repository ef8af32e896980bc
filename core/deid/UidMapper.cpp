#include "deid/UidMapper.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <algorithm>

namespace scanshield::deid {

namespace {

// A big-endian unsigned number of any length in decimal, without leading zeros: long
// division by 10, byte by byte.
QString decimal(QByteArray number)
{
    QString digits;
    const auto isZero = [&number] {
        return std::all_of(number.cbegin(), number.cend(), [](char byte) { return byte == 0; });
    };
    while (!isZero()) {
        int remainder = 0;
        for (char& byte : number) {
            const int value = remainder * 256 + static_cast<unsigned char>(byte);
            byte = char(value / 10);
            remainder = value % 10;
        }
        digits.prepend(QChar(u'0' + remainder));
    }
    return digits.isEmpty() ? QStringLiteral("0") : digits;
}

} // namespace

UidMapper::UidMapper(QByteArray secret) : m_secret(std::move(secret)) {}

QString UidMapper::map(const QString& originalUid) const
{
    const QByteArray digest = QMessageAuthenticationCode::hash(originalUid.trimmed().toLatin1(), m_secret,
                                                               QCryptographicHash::Sha256);
    // 128 bits of it, the size PS3.5 B.2 allows under 2.25 (at most 39 digits).
    return QStringLiteral("2.25.") + decimal(digest.left(16));
}

QString UidMapper::mapValue(const QString& value) const
{
    QStringList uids = value.split(QLatin1Char('\\'));
    for (QString& uid : uids) {
        uid = uid.trimmed();
        while (uid.endsWith(QChar(0)))
            uid.chop(1);
        if (!uid.isEmpty())
            uid = map(uid);
    }
    return uids.join(QLatin1Char('\\'));
}

} // namespace scanshield::deid
