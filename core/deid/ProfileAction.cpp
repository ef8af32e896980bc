#include "deid/ProfileAction.h"

#include "exposure/AttributeCatalogue.h"

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

} // namespace

Action actionFor(const exposure::AttributeInfo& attribute, const DeidOptions& options)
{
    bool clean = false;
    for (const QString& column : options.tableColumns()) {
        const QString letters = attribute.optionActions.value(column);
        if (letters == QLatin1String("K"))
            return Action::Keep;
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
