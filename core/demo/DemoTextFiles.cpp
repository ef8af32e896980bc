// Text files beside the images. Discs from hospitals often carry a README or label file and
// the start page of a bundled viewer; these name the patient in plain text, outside DICOM.

#include "demo/DemoDisc.h"
#include "demo/DemoDiscFiles.h"
#include "demo/DemoDiscText.h"

#include <QDir>
#include <QFile>

namespace scanshield::demo::detail {

namespace {

QString readableDate(const QString& yyyymmdd)
{
    return QStringLiteral("%1.%2.%3").arg(yyyymmdd.mid(6, 2), yyyymmdd.mid(4, 2), yyyymmdd.left(4));
}

QString writeFile(const QString& root, const QString& name, const QByteArray& bytes)
{
    QFile file(QDir(root).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return DemoDiscText::tr("Could not write %1: %2").arg(name, file.errorString());
    return {};
}

// DOS line endings, as on a disc burned by a Windows PACS workstation.
QByteArray crlf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\n", "\r\n");
    return bytes;
}

} // namespace

QString writeDiscTextFiles(const QString& root, QStringList& written)
{
    const DemoIdentity& id = demoIdentity();
    const QString readme =
        QStringLiteral(
            "FICTIONAL GENERAL HOSPITAL - Department of Radiology\n"
            "Beispielweg 1, 12345 Beispielstadt, Fictionland\n"
            "\n"
            "Images for %1, born %2\n"
            "Patient ID: %3    Accession: %4\n"
            "Address: %5    Phone: %6\n"
            "\n"
            "This disc holds:\n"
            "  14.03.2023  CT of the head (with report)\n"
            "  05.09.2023  Ultrasound of the neck\n"
            "\n"
            "Referring physician: Dr. J. Mueller\n"
            "To view the images, open INDEX.HTM or load the DICOMDIR in any DICOM viewer.\n"
            "\n"
            "THIS IS A DEMONSTRATION DISC. THE PATIENT AND ALL DATA ON IT ARE FICTIONAL.\n")
            .arg(id.patientNameReadable, readableDate(id.birthDate), id.patientId,
                 id.accessionNumber, id.address, id.phone);
    const QString autorun =
        QStringLiteral("[autorun]\n"
                       "open=VIEWER\\VIEWER.EXE\n"
                       "icon=VIEWER\\DISC.ICO\n"
                       "label=%1 %2\n")
            .arg(id.patientName.section(QLatin1Char('^'), 0, 0).toUpper(), id.birthDate);
    const QString index =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                       "<title>Images of %1</title></head>\n<body>\n"
                       "<h1>%1</h1>\n<p>Born %2, patient ID %3</p>\n"
                       "<ul><li>14.03.2023 CT Kopf nativ</li><li>05.09.2023 US Hals</li></ul>\n"
                       "<p>%4 &ndash; a fictional hospital. Demonstration data only.</p>\n"
                       "</body></html>\n")
            .arg(id.patientNameReadable, readableDate(id.birthDate), id.patientId, id.institution);

    const struct {
        const char* name;
        QByteArray bytes;
    } files[] = {
        {"README.TXT", crlf(readme)}, {"AUTORUN.INF", crlf(autorun)}, {"INDEX.HTM", crlf(index)}};
    for (const auto& f : files) {
        const QString name = QString::fromLatin1(f.name);
        const QString error = writeFile(root, name, f.bytes);
        if (!error.isEmpty())
            return error;
        written << name;
    }
    return {};
}

} // namespace scanshield::demo::detail
