#include "deid/DatasetAnonymizer.h"

#include "deid/DateShift.h"
#include "deid/ProfileAction.h"
#include "dicom/BoundedText.h"
#include "dicom/CharsetDecoder.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/IdentityTokens.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <memory>
#include <vector>

namespace scanshield::deid {

namespace {

constexpr int kMaxDepth = 64;

std::uint32_t tagOf(const DcmTagKey& key)
{
    return (std::uint32_t(key.getGroup()) << 16) | key.getElement();
}

QString stringOf(DcmElement& element)
{
    OFString value;
    element.getOFStringArray(value);
    return QString::fromUtf8(value.c_str());
}

// The element's text as a person reads it, in the character set in force.
QString textOf(DcmElement& element, const QByteArray& characterSet)
{
    OFString value;
    element.getOFStringArray(value);
    return dicom::decodeDicomText(QByteArrayView(value.c_str(), qsizetype(value.size())), characterSet,
                                  element.ident() == EVR_PN);
}

void putString(DcmElement& element, const QString& value)
{
    element.putString(value.toUtf8().constData());
}

bool isTextVr(DcmEVR vr)
{
    switch (vr) {
    case EVR_AE: case EVR_AS: case EVR_CS: case EVR_DA: case EVR_DS: case EVR_DT: case EVR_IS: case EVR_LO:
    case EVR_LT: case EVR_PN: case EVR_SH: case EVR_ST: case EVR_TM: case EVR_UC: case EVR_UI: case EVR_UR:
    case EVR_UT:
        return true;
    default:
        return false;
    }
}

// A value that keeps the attribute present and valid but says nothing (PS3.15 "D").
void putDummy(DcmElement& element, const UidMapper& uids)
{
    switch (element.ident()) {
    case EVR_PN: putString(element, QStringLiteral("ANONYMOUS")); return;
    case EVR_DA: putString(element, QStringLiteral("19000101")); return;
    case EVR_TM: putString(element, QStringLiteral("000000")); return;
    case EVR_DT: putString(element, QStringLiteral("19000101000000")); return;
    case EVR_AS: putString(element, QStringLiteral("000Y")); return;
    case EVR_IS: case EVR_DS: putString(element, QStringLiteral("0")); return;
    case EVR_UI: putString(element, uids.mapValue(stringOf(element))); return;
    case EVR_CS: putString(element, QString()); return;
    default:
        break;
    }
    if (isTextVr(element.ident()))
        putString(element, QStringLiteral("ANONYMIZED"));
    else
        element.clear(); // binary: no value rather than a made-up one
}

// Cleaned as a description (cleanDescOpt), not as a date or a device detail.
bool isDescription(const exposure::AttributeInfo& info)
{
    return info.optionActions.value(QStringLiteral("cleanDescOpt")) == QLatin1String("C");
}

} // namespace

DatasetAnonymizer::DatasetAnonymizer(const exposure::AttributeCatalogue& catalogue, DeidOptions options,
                                     const exposure::IdentityTokens* patient)
    : m_catalogue(catalogue), m_options(std::move(options)), m_uids(m_options.uidSecret), m_patient(patient)
{
}

void DatasetAnonymizer::anonymize(DcmDataset& dataset) const
{
    anonymizeItem(dataset, QByteArray(), 0);
}

void DatasetAnonymizer::anonymizeMetaHeader(DcmItem& meta) const
{
    anonymizeItem(meta, QByteArray(), 0);
}

void DatasetAnonymizer::anonymizeItem(DcmItem& item, const QByteArray& inheritedCharacterSet, int depth) const
{
    if (depth > kMaxDepth)
        return;
    // An item may declare its own character set; else it has its parent's.
    QByteArray characterSet = inheritedCharacterSet;
    if (const std::optional<QByteArray> declared = dicom::boundedText(item, DCM_SpecificCharacterSet))
        characterSet = QByteArray(declared->constData()); // up to a NUL, as DCMTK's c_str() was
    // The elements are listed first: getElement(i) walks the item's list from its start, so
    // calling it for every element costs the square of their number; and removing one then
    // does not disturb the walk.
    std::vector<DcmElement*> elements;
    elements.reserve(item.card());
    for (DcmObject* object = item.nextInContainer(nullptr); object; object = item.nextInContainer(object))
        elements.push_back(static_cast<DcmElement*>(object));
    for (DcmElement* element : elements) {
        const DcmTag& tag = element->getTag();
        if (tag == DCM_PixelData)
            continue; // the picture is cleaned elsewhere, where burned-in text was found
        const std::uint32_t number = tagOf(tag);
        // Every odd group, as the exposure report sees it: DCMTK does not call the reserved
        // groups 0001-0007 private, but they are not the standard's either.
        if (tag.getGroup() % 2 == 1) {
            // No list of safe private attributes is shipped, so even with that option all
            // private data goes: keeping unknown vendor data would be a guess.
            delete item.remove(element);
            continue;
        }
        const exposure::AttributeInfo* info = m_catalogue.find(number);
        const bool isSequence = element->ident() == EVR_SQ;
        const Action action = info ? actionFor(*info, m_options) : Action::Keep;
        if (action == Action::Remove) {
            delete item.remove(element);
            continue;
        }
        if (isSequence) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            if (action == Action::Empty) {
                sequence->clear();
                continue;
            }
            // Keep, clean, dummy: the items stay, and each of their elements gets its own action.
            for (unsigned long j = 0; j < sequence->card(); ++j)
                if (DcmItem* nested = sequence->getItem(j))
                    anonymizeItem(*nested, characterSet, depth + 1);
            continue;
        }
        switch (action) {
        case Action::Keep:
        case Action::Remove:
            break;
        case Action::Empty:
            element->clear();
            break;
        case Action::Dummy:
            putDummy(*element, m_uids);
            break;
        case Action::ReplaceUid:
            if (element->ident() == EVR_UI)
                putString(*element, m_uids.mapValue(stringOf(*element)));
            else
                putDummy(*element, m_uids);
            break;
        case Action::Clean: {
            const DcmEVR vr = element->ident();
            if (vr == EVR_DA || vr == EVR_DT) {
                if (m_options.dates == DateHandling::ShiftDates) {
                    const QString value = stringOf(*element);
                    putString(*element, vr == EVR_DA ? shiftDate(value, m_options.dateShiftDays)
                                                     : shiftDateTime(value, m_options.dateShiftDays));
                } else {
                    element->clear(); // cleaned by another option: a real date must not stay
                }
            } else if (vr == EVR_UI) {
                putString(*element, m_uids.mapValue(stringOf(*element)));
            } else if (isTextVr(vr) && isDescription(*info)) {
                // A description is kept unless it names the patient (their name, an ID, the
                // birth date in any common spelling); then nothing of it is kept.
                if (!m_patient || !m_patient->mentionsIn(textOf(*element, characterSet)).isEmpty())
                    element->clear();
            } else if (vr != EVR_TM) {
                // Cleaning anything else (a time zone, a device's details): nothing is kept.
                // Times of day stay with moved dates; they name nobody.
                element->clear();
            }
            break;
        }
        }
    }
}

void DatasetAnonymizer::markDeidentified(DcmDataset& dataset) const
{
    dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    const QStringList codes = m_options.methodCodes();
    dataset.putAndInsertString(DCM_DeidentificationMethod,
                               QStringLiteral("ScanShield: DICOM PS3.15 Basic Application Level Confidentiality Profile (%1)")
                                   .arg(codes.join(QLatin1Char(' ')))
                                   .toLatin1()
                                   .constData());
    dataset.findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        DcmItem* code = nullptr;
        if (dataset.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).bad() || !code)
            break;
        code->putAndInsertString(DCM_CodeValue, codes[i].toLatin1().constData());
        code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
    }
    if (m_options.dates == DateHandling::ShiftDates)
        dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified, "MODIFIED");
    else if (m_options.dates == DateHandling::RetainFullDates)
        dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified, "UNMODIFIED");
    else
        dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified, "REMOVED");
}

} // namespace scanshield::deid
