// The DICOMDIR of the demo disc, made by DCMTK's DicomDirInterface exactly as dcmmkdir would,
// so that it is a DICOMDIR other software (and our own media reader) meets on real discs.

#include "demo/DemoDiscFiles.h"
#include "demo/DemoDiscText.h"

#include "demo/DemoDataset.h"

#include <QDir>
#include <QFile>

#include <dcmtk/dcmdata/dcddirif.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcmetinf.h>

namespace scanshield::demo::detail {

namespace {

QString buildDicomDir(const QByteArray& rootName, const QByteArray& dicomDirName,
                      const QStringList& relativePaths)
{
    DicomDirInterface dicomDir;
    // The flag is inverted: passing OFFalse switches the check off. The CT scouts are RLE
    // compressed, which the General Purpose CD profile's transfer syntax check would refuse.
    dicomDir.disableTransferSyntaxCheck(OFFalse);
    OFCondition status =
        dicomDir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose,
                                   OFFilename(dicomDirName.constData()), "SCANSHIELD_DEMO");
    if (status.bad())
        return DemoDiscText::tr("Could not start the DICOMDIR: %1")
            .arg(QString::fromLocal8Bit(status.text()));

    // Sorted, so the record order (and thus every byte of the DICOMDIR) never varies.
    QStringList sorted = relativePaths;
    sorted.sort();
    for (const QString& relative : sorted) {
        const QByteArray name = QFile::encodeName(relative);
        status =
            dicomDir.addDicomFile(OFFilename(name.constData()), OFFilename(rootName.constData()));
        if (status.bad())
            return DemoDiscText::tr("Could not add %1 to the DICOMDIR: %2")
                .arg(relative, QString::fromLocal8Bit(status.text()));
    }
    status = dicomDir.writeDicomDir(EET_ExplicitLength);
    if (status.bad())
        return DemoDiscText::tr("Could not write the DICOMDIR: %1")
            .arg(QString::fromLocal8Bit(status.text()));
    return {};
}

} // namespace

QString writeDicomDir(const QString& root, const QStringList& relativePaths)
{
    const QByteArray rootName = QFile::encodeName(QDir(root).absolutePath());
    const QByteArray dicomDirName =
        QFile::encodeName(QDir(root).filePath(QStringLiteral("DICOMDIR")));

    if (QString error = buildDicomDir(rootName, dicomDirName, relativePaths); !error.isEmpty())
        return error;

    // DCMTK gives a new DICOMDIR a random instance UID. Replace it with a fixed one, rewriting
    // through DcmDicomDir so that the record offsets follow the new meta header length.
    DcmDicomDir reopened(OFFilename(dicomDirName.constData()));
    OFCondition status = reopened.error();
    if (status.good()) {
        status = reopened.getDirFileFormat().getMetaInfo()->putAndInsertString(
            DCM_MediaStorageSOPInstanceUID, dicomDirUid().toLatin1().constData());
    }
    if (status.good())
        status = reopened.write(EXS_LittleEndianExplicit, EET_ExplicitLength, EGL_withoutGL);
    if (status.bad())
        return DemoDiscText::tr("Could not finish the DICOMDIR: %1")
            .arg(QString::fromLocal8Bit(status.text()));
    return {};
}

} // namespace scanshield::demo::detail
