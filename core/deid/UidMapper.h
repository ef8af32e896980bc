#pragma once

#include <QByteArray>
#include <QString>

namespace scanshield::deid {

// New UIDs for a copy, the same original always giving the same new one, so that series,
// references and frames of reference stay linked in every file and sequence of the copy.
// Each is a "2.25." UID (PS3.5 B.2: a 128-bit number in decimal) made from HMAC-SHA256 of
// the original with a secret. Without the secret, which is never stored, the originals
// cannot be found again from the new UIDs.
class UidMapper {
public:
    explicit UidMapper(QByteArray secret);

    QString map(const QString& originalUid) const;
    // Every UID of a multi-valued UI value ("1.2\3.4"), trailing padding dropped.
    QString mapValue(const QString& value) const;

private:
    QByteArray m_secret;
};

} // namespace scanshield::deid
