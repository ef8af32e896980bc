#include "deid/ProfileAction.h"

#include "exposure/AttributeCatalogue.h"

#include <QSet>

namespace scanshield::deid {

namespace {

Action fromLetters(const QString& letters)
{
    if (letters == QLatin1String("K"))
        return Action::Keep;
    if (letters == QLatin1String("X"))
        return Action::Remove;
    if (letters == QLatin1String("Z") || letters == QLatin1String("X/Z"))
        return Action::Empty;
    if (letters == QLatin1String("C"))
        return Action::Clean;
    if (letters.contains(QLatin1Char('U')))
        return Action::ReplaceUid;
    if (letters.contains(QLatin1Char('D')))
        return Action::Dummy;
    // An action the table does not use today: removing is the safe reading.
    return Action::Remove;
}

// Descriptions of the person rather than of the scan: history, allergies, diagnoses, the
// reasons for the visit, comments about the patient, the reading's findings. Clean
// Descriptors keeps a description that names nobody; these are removed all the same, as
// the Basic Profile says, because "RENAL CA" tells about the person even without a name
// (the TCIA pseudo-PHI benchmark counts them as identifiers). What describes the scan
// ("CT head", the protocol, the contrast agent) stays.
bool describesThePerson(const QString& id)
{
    static const QSet<QString> ids = {
        QStringLiteral("001021B0"), // Additional Patient History
        QStringLiteral("00102110"), // Allergies
        QStringLiteral("00102000"), // Medical Alerts
        QStringLiteral("00102180"), // Occupation
        QStringLiteral("00104000"), // Patient Comments
        QStringLiteral("00380040"), // Discharge Diagnosis Description
        QStringLiteral("00380500"), // Patient State
        QStringLiteral("00380062"), // Service Episode Description
        QStringLiteral("00384000"), // Visit Comments
        QStringLiteral("00081080"), // Admitting Diagnoses Description
        QStringLiteral("00081084"), // Admitting Diagnoses Code Sequence
        QStringLiteral("00084000"), // Identifying Comments
        QStringLiteral("00321030"), // Reason for Study
        QStringLiteral("00321066"), // Reason for Visit
        QStringLiteral("00321067"), // Reason for Visit Code Sequence
        QStringLiteral("00402001"), // Reason for the Imaging Service Request
        QStringLiteral("00401002"), // Reason for the Requested Procedure
        QStringLiteral("0040100A"), // Reason for Requested Procedure Code Sequence
        QStringLiteral("40080115"), // Interpretation Diagnosis Description
        QStringLiteral("40080300"), // Impressions
        QStringLiteral("4008010B"), // Interpretation Text
        QStringLiteral("40084000"), // Results Comments
    };
    return ids.contains(id.toUpper());
}

} // namespace

Action actionFor(const exposure::AttributeInfo& attribute, const DeidOptions& options)
{
    bool clean = false;
    for (const QString& column : options.tableColumns()) {
        const QString letters = attribute.optionActions.value(column);
        if (letters == QLatin1String("K"))
            return Action::Keep;
        if (column == QLatin1String("cleanDescOpt") && describesThePerson(attribute.id))
            continue;
        clean = clean || letters == QLatin1String("C");
    }
    if (clean)
        return Action::Clean;
    return fromLetters(attribute.basicProfile);
}

const char* actionLetters(Action action)
{
    switch (action) {
    case Action::Keep: return "K";
    case Action::Remove: return "X";
    case Action::Empty: return "Z";
    case Action::Dummy: return "D";
    case Action::Clean: return "C";
    case Action::ReplaceUid: return "U";
    }
    return "X";
}

} // namespace scanshield::deid
