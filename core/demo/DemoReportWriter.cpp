// The radiologist's report on the head CT as a Basic Text SR. Reports are where free text
// names the patient, relatives and doctors, so the exposure scanner has to read the content
// tree, not only the header. Built with dcmdata alone (no dcmsr), which is all core links.

#include "demo/DemoDisc.h"
#include "demo/DemoSeriesWriters.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace scanshield::demo::detail {

namespace {

void putCode(DcmItem& parent, const DcmTag& sequenceTag, const char* value, const char* scheme,
             const char* meaning)
{
    if (DcmItem* code = appendItem(parent, sequenceTag)) {
        putText(*code, DCM_CodeValue, value);
        putText(*code, DCM_CodingSchemeDesignator, scheme);
        putText(*code, DCM_CodeMeaning, meaning);
    }
}

// One content item: a relationship, a concept name and a text value.
void addTextItem(DcmItem& container, const char* code, const char* meaning, const QString& text,
                 Charset charset)
{
    DcmItem* item = appendItem(container, DCM_ContentSequence);
    if (item == nullptr)
        return;
    putText(*item, DCM_RelationshipType, "CONTAINS");
    putText(*item, DCM_ValueType, "TEXT");
    putCode(*item, DCM_ConceptNameCodeSequence, code, "DCM", meaning);
    putText(*item, DCM_TextValue, text, charset);
}

} // namespace

QString writeHeadCtReport(const SeriesPlan& series, const SeriesPlan& ctSeries, int ctImageCount,
                          const QString& root, WrittenFiles& written)
{
    const DemoIdentity& id = demoIdentity();
    const StudyPlan& study = *series.study;
    const Charset cs = study.charset;

    DcmFileFormat file;
    DcmDataset& dataset = *file.getDataset();
    addCommonModules(dataset, series, 1);
    dataset.insertEmptyElement(DCM_ReferencedPerformedProcedureStepSequence);

    // SR Document General module.
    putText(dataset, DCM_InstanceNumber, "1");
    putText(dataset, DCM_CompletionFlag, "COMPLETE");
    putText(dataset, DCM_VerificationFlag, "VERIFIED");
    putText(dataset, DCM_ContentDate, study.date, cs);
    putText(dataset, DCM_ContentTime, QStringLiteral("161200"), cs);
    if (DcmItem* verifier = appendItem(dataset, DCM_VerifyingObserverSequence)) {
        putText(*verifier, DCM_VerifyingObserverName, id.performingPhysician, cs);
        verifier->insertEmptyElement(DCM_VerifyingObserverIdentificationCodeSequence);
        putText(*verifier, DCM_VerifyingOrganization, id.institution, cs);
        putText(*verifier, DCM_VerificationDateTime, study.date + QStringLiteral("161500"), cs);
    }
    dataset.insertEmptyElement(DCM_PerformedProcedureCodeSequence);
    // The evidence: every image of the axial CT series this report was written on.
    if (DcmItem* evidence = appendItem(dataset, DCM_CurrentRequestedProcedureEvidenceSequence)) {
        putText(*evidence, DCM_StudyInstanceUID, studyUid(study), cs);
        if (DcmItem* refSeries = appendItem(*evidence, DCM_ReferencedSeriesSequence)) {
            putText(*refSeries, DCM_SeriesInstanceUID, seriesUid(ctSeries), cs);
            for (int i = 1; i <= ctImageCount; ++i) {
                if (DcmItem* sop = appendItem(*refSeries, DCM_ReferencedSOPSequence)) {
                    putText(*sop, DCM_ReferencedSOPClassUID, ctSeries.sopClassUid, cs);
                    putText(*sop, DCM_ReferencedSOPInstanceUID, instanceUid(ctSeries, i), cs);
                }
            }
        }
    }

    // SR Document Content module: the root container and its children.
    putText(dataset, DCM_ValueType, "CONTAINER");
    putCode(dataset, DCM_ConceptNameCodeSequence, "18748-4", "LN", "Diagnostic Imaging Report");
    putText(dataset, DCM_ContinuityOfContent, "SEPARATE");
    if (DcmItem* observer = appendItem(dataset, DCM_ContentSequence)) {
        putText(*observer, DCM_RelationshipType, "HAS OBS CONTEXT");
        putText(*observer, DCM_ValueType, "PNAME");
        putCode(*observer, DCM_ConceptNameCodeSequence, "121008", "DCM", "Person Observer Name");
        putText(*observer, DCM_PersonName, id.performingPhysician, cs);
    }
    addTextItem(dataset, "121060", "History",
                QStringLiteral("%1, born 12.04.1961, has had headaches for two weeks. "
                               "Referred by Dr. J\u00fcrgen M\u00fcller. Daughter Lena present.")
                    .arg(id.patientNameReadable),
                cs);
    addTextItem(dataset, "121071", "Finding",
                QStringLiteral("Non-contrast CT of the head. Small calcified lesion (6 mm) at the "
                               "left frontal convexity, most likely a meningioma. No hemorrhage, "
                               "no mass effect, ventricles of normal width."),
                cs);
    addTextItem(dataset, "121073", "Impression",
                QStringLiteral("No acute intracranial finding in Mrs %1. Incidental small "
                               "meningioma; follow-up MRI in 12 months suggested.")
                    .arg(id.patientName.section(QLatin1Char('^'), 0, 0)),
                cs);

    const QString path = instancePath(series, 1);
    const QString error = saveInstance(file, root, path);
    if (!error.isEmpty())
        return error;
    written.otherPaths << path;
    return {};
}

} // namespace scanshield::demo::detail
