#include "dicom/TagDictionary.h"

#include "dicom/DcmtkSetup.h"

#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <QHash>

#include <future>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace scanshield::dicom {

namespace {

bool isPrivateCreatorTag(std::uint32_t tag)
{
    const std::uint16_t element = tag & 0xFFFF;
    return (tag >> 16) % 2 == 1 && element >= 0x0010 && element <= 0x00FF;
}

// DCMTK names tags by keyword ("OtherPatientIDsSequence"); people read "Other Patient IDs
// Sequence". A word starts at a capital after a small letter or digit ("Patient|ID"), or at a
// capital followed by small letters after another capital ("SOP|Instance"), except for a
// plural "s" ("IDs").
QString spacedKeyword(const char* keyword)
{
    const QString word = QString::fromLatin1(keyword);
    const auto at = [&](qsizetype i) { return i >= 0 && i < word.size() ? word[i] : QChar(); };
    QString spaced;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (i > 0 && c.isUpper()) {
            const bool afterSmall = at(i - 1).isLower() || at(i - 1).isDigit();
            const bool pluralOfAcronym = at(i + 1) == QLatin1Char('s') && !at(i + 2).isLower();
            const bool startsCapitalizedWord = at(i - 1).isUpper() && at(i + 1).isLower() && !pluralOfAcronym;
            if (afterSmall || startsCapitalizedWord)
                spaced += QLatin1Char(' ');
        }
        spaced += c;
    }
    return spaced;
}

} // namespace

void preloadTagDictionary()
{
    // The thread is kept (not detached) so that a program ending early waits for it instead
    // of tearing DCMTK down under it.
    static std::once_flag once;
    static std::future<void> loading;
    std::call_once(once, [] { loading = std::async(std::launch::async, [] { ensureDcmtkReady(); }); });
}

std::array<char, 2> dictionaryVr(std::uint32_t tag)
{
    if (isPrivateCreatorTag(tag))
        return {'L', 'O'};
    if ((tag >> 16) % 2 == 1)
        return {'U', 'N'};
    // Implicit VR files repeat the same few hundred tags; each is looked up once per thread.
    thread_local std::unordered_map<std::uint32_t, std::array<char, 2>> known;
    if (const auto found = known.find(tag); found != known.end())
        return found->second;
    ensureDcmtkReady();
    std::array<char, 2> vr = {'U', 'N'};
    const DcmDataDictionary& dictionary = dcmDataDict.rdlock();
    if (const DcmDictEntry* entry = dictionary.findEntry(DcmTagKey(std::uint16_t(tag >> 16), std::uint16_t(tag & 0xFFFF)), nullptr))
        vr = vrLettersOf(entry->getVR().getEVR());
    dcmDataDict.rdunlock();
    known.emplace(tag, vr);
    return vr;
}

std::array<char, 2> vrLettersOf(int dcmtkEvr)
{
    const auto evr = DcmEVR(dcmtkEvr);
    switch (evr) {
    case EVR_up: return {'U', 'L'};
    case EVR_xs: return {'U', 'S'};
    case EVR_ox: case EVR_px: return {'O', 'B'};
    case EVR_lt: return {'O', 'W'};
    default: break;
    }
    const char* name = DcmVR(evr).getVRName();
    if (name && std::string_view(name).size() == 2 && name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'A' && name[1] <= 'Z')
        return {name[0], name[1]};
    return {'U', 'N'};
}

QString tagName(std::uint32_t tag, const QString& privateCreator)
{
    thread_local QHash<QPair<std::uint32_t, QString>, QString> known;
    const QPair<std::uint32_t, QString> key(tag, privateCreator);
    if (const auto found = known.constFind(key); found != known.constEnd())
        return *found;
    ensureDcmtkReady();
    const DcmTagKey tagKey(std::uint16_t(tag >> 16), std::uint16_t(tag & 0xFFFF));
    DcmTag dcmtkTag = privateCreator.isEmpty() ? DcmTag(tagKey) : DcmTag(tagKey, privateCreator.toLatin1().constData());
    const char* keyword = dcmtkTag.getTagName();
    const QString name = keyword && std::string_view(keyword) != "Unknown Tag & Data" ? spacedKeyword(keyword) : QString();
    known.insert(key, name);
    return name;
}

QString tagNumber(std::uint32_t tag)
{
    return QStringLiteral("(%1,%2)")
        .arg(tag >> 16, 4, 16, QLatin1Char('0'))
        .arg(tag & 0xFFFF, 4, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace scanshield::dicom
