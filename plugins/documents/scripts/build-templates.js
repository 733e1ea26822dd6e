// @ts-check
/**
 * Writes the default Latvian act templates, templates/handover-act.lv.docx and
 * templates/return-act.lv.docx, as WordprocessingML zipped into DOCX.
 * Run with `npm run build:templates -w plugins/documents` and commit both outputs;
 * `node scripts/build-templates.js DIR` writes them to DIR instead.
 * The output is the same byte for byte on every run, so a rebuild shows no git change
 * unless this script changed.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ZipFile } = require('yazl');

const TEMPLATES_DIR = path.join(__dirname, '..', 'templates');
const OUTPUT_DIR = process.argv[2] ? path.resolve(process.argv[2]) : TEMPLATES_DIR;

// A fixed local-time timestamp, because zip entries store local time and an unchanged
// template should not differ between builds.
const ENTRY_MTIME = new Date(2025, 0, 1, 0, 0, 0);

// A4 with margins of 3 cm left, 1.5 cm right and 2 cm top and bottom, in twentieths of a point.
const PAGE = { width: 11906, height: 16838, top: 1134, right: 851, bottom: 1134, left: 1701 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

// Arial is on every Windows machine, and LibreOffice substitutes the metric-compatible
// Liberation Sans; both have the Latvian letters.
const FONT = 'Arial';

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const LABEL_WIDTH = 3402;
const LABEL_SHADING = 'F2F2F2';
// The device is named once: its kind (the subtype, such as "Chromebook dators"), then the
// manufacturer and the model on lines of their own.
const DEVICE_ROWS = [
  { label: 'Resurss', field: 'resourceName' },
  { label: 'Ražotājs', field: 'manufacturer' },
  { label: 'Modelis', field: 'model' },
  { label: 'Sērijas numurs', field: 'serialNumber' },
  { label: 'Inventāra numurs', field: 'inventoryNumber' },
  { label: 'Vērtība ar PVN', field: 'value' },
  { label: 'Stāvoklis izsniedzot', field: 'conditionAtIssue' },
];

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** @param {string} name */
function placeholder(name) {
  return `{d.${name}}`;
}

/**
 * Builds a run of text, turning each tab character into a tab element.
 * Each placeholder is written whole inside one run, which keeps it readable in Word's XML.
 * @param {string} text
 * @param {{ bold?: boolean }} [format]
 */
function run(text, format = {}) {
  const properties = format.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  const content = text
    .split('\t')
    .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`))
    .join('<w:tab/>');
  return `<w:r>${properties}${content}</w:r>`;
}

/**
 * Builds a paragraph from text or from runs built with `run`.
 * @param {string | string[]} runs
 * @param {{ style?: string, rightTab?: boolean }} [format]
 */
function paragraph(runs, format = {}) {
  const properties = [
    format.style ? `<w:pStyle w:val="${format.style}"/>` : '',
    format.rightTab ? `<w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}"/></w:tabs>` : '',
  ].join('');
  let content = '';
  if (Array.isArray(runs)) {
    content = runs.join('');
  } else if (runs !== '') {
    content = run(runs);
  }
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
}

/**
 * Builds a table cell that contains `paragraphs`.
 * @param {string[]} paragraphs
 * @param {number} width
 * @param {{ shading?: string }} [format]
 */
function cell(paragraphs, width, format = {}) {
  const shading = format.shading ? `<w:shd w:val="clear" w:color="auto" w:fill="${format.shading}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${paragraphs.join('')}</w:tc>`;
}

/**
 * Builds a fixed-layout table that spans the text width.
 * @param {string[][]} rows cells built with `cell`, one array per row
 * @param {number[]} widths column widths in twentieths of a point
 * @param {{ borders?: boolean, headerRow?: boolean }} [format]
 */
function table(rows, widths, format = {}) {
  const borderSides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const borders = format.borders
    ? `<w:tblBorders>${borderSides
        .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
        .join('')}</w:tblBorders>`
    : '';
  const properties =
    `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const body = rows
    .map((cells, index) => {
      const rowProperties =
        format.headerRow && index === 0
          ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
          : '<w:trPr><w:cantSplit/></w:trPr>';
      return `<w:tr>${rowProperties}${cells.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${properties}${grid}${body}</w:tbl>`;
}

/**
 * Builds a bordered two-column table of labels and values.
 * @param {Array<[string, string]>} rows
 */
function labelTable(rows) {
  const valueWidth = TEXT_WIDTH - LABEL_WIDTH;
  return table(
    rows.map(([label, value]) => [
      cell([paragraph(label, { style: 'TableText' })], LABEL_WIDTH, { shading: LABEL_SHADING }),
      cell([paragraph(value, { style: 'TableText' })], valueWidth),
    ]),
    [LABEL_WIDTH, valueWidth],
    { borders: true },
  );
}

/** @param {string} name @param {string} phone @param {string} email */
function contactLine(name, phone, email) {
  return `${placeholder(name)}, tālr. ${placeholder(phone)}, e-pasts ${placeholder(email)}`;
}

/**
 * Builds the table that describes the device, followed by the act's date rows.
 * @param {Array<[string, string]>} dateRows
 */
function deviceTable(dateRows) {
  /** @type {Array<[string, string]>} */
  const deviceRows = DEVICE_ROWS.map((row) => [row.label, placeholder(row.field)]);
  return labelTable([...deviceRows, ...dateRows]);
}

/**
 * Builds two signature blocks side by side, without borders.
 * @param {[string, string]} roles
 * @param {[string, string]} names
 */
function signatureTable(roles, names) {
  const half = TEXT_WIDTH / 2;
  const column = (/** @type {number} */ index) =>
    cell(
      [
        paragraph([run(roles[index], { bold: true })], { style: 'TableText' }),
        paragraph(names[index], { style: 'TableText' }),
        paragraph('', { style: 'TableText' }),
        paragraph('______________________________', { style: 'TableText' }),
        paragraph('(paraksts)', { style: 'SignatureCaption' }),
      ],
      half,
    );
  return table([[column(0), column(1)]], [half, half]);
}

/** @param {string} text */
function heading(text) {
  return paragraph(text, { style: 'Heading1' });
}

function handoverActBody() {
  return [
    paragraph(`PIEŅEMŠANAS-NODOŠANAS AKTS Nr. ${placeholder('actNumber')}`, { style: 'Title' }),
    paragraph(`${placeholder('place')}\t${placeholder('issueDate')}`, { rightTab: true }),

    heading('1. Izglītības iestāde'),
    labelTable([
      ['Nosaukums', placeholder('institutionName')],
      ['Tālrunis', placeholder('institutionPhone')],
      ['E-pasts', placeholder('institutionEmail')],
      [
        'Par nodošanu atbildīgā persona',
        contactLine('handoverResponsibleName', 'handoverResponsiblePhone', 'handoverResponsibleEmail'),
      ],
    ]),

    heading('2. Resursa lietotājs un saņēmējs'),
    labelTable([
      ['Resursa lietotājs', placeholder('resourceUserName')],
      ['Resursa saņēmējs', placeholder('recipientName')],
    ]),

    heading('3. Nodotais resurss'),
    deviceTable([
      ['Atgriešanas termiņš', placeholder('returnDeadline')],
      ['Atgriešanas datums', placeholder('returnDate')],
    ]),

    heading('4. Kontaktpersonas'),
    labelTable([
      ['IKT kontaktpersona', contactLine('ictContactName', 'ictContactPhone', 'ictContactEmail')],
      [
        'Datu aizsardzības speciālists',
        contactLine('dataProtectionName', 'dataProtectionPhone', 'dataProtectionEmail'),
      ],
    ]),

    heading('5. Lietošanas noteikumi'),
    paragraph('5.1. Resursa lietotājs un saņēmējs apņemas lietot resursu saudzīgi un uzturēt to darba kārtībā.'),
    paragraph(
      `5.2. Resurss jāatgriež izglītības iestādē darba kārtībā ne vēlāk kā ${placeholder('returnDeadline')}; normāls nolietojums ir pieļaujams.`,
    ),
    paragraph(
      '5.3. Par resursa bojājumu, nozaudēšanu vai zādzību saņēmējs nekavējoties informē izglītības iestādes IKT kontaktpersonu.',
    ),
    paragraph(
      '5.4. Izglītības iestāde apstrādā šajā aktā norādītos personas datus, lai uzskaitītu izsniegtos resursus. ' +
        'Par personas datu apstrādi var vērsties pie datu aizsardzības speciālista.',
    ),

    heading('6. Paraksti'),
    signatureTable(['Nodeva:', 'Pieņēma:'], [placeholder('issuerName'), placeholder('recipientName')]),
    // Word adds an empty paragraph after a table that ends the body, so the file has one already.
    paragraph(''),
  ];
}

function returnActBody() {
  return [
    paragraph(`PIEŅEMŠANAS-NODOŠANAS AKTS Nr. ${placeholder('actNumber')}`, { style: 'Title' }),
    paragraph('par resursa atgriešanu', { style: 'Subtitle' }),
    paragraph(`${placeholder('place')}\t${placeholder('returnDate')}`, { rightTab: true }),

    heading('1. Izglītības iestāde'),
    labelTable([
      ['Nosaukums', placeholder('institutionName')],
      ['Tālrunis', placeholder('institutionPhone')],
      ['E-pasts', placeholder('institutionEmail')],
    ]),

    heading('2. Resursa lietotājs'),
    labelTable([
      ['Resursa lietotājs', placeholder('resourceUserName')],
      ['Resursu izsniedzot saņēma', placeholder('recipientName')],
    ]),

    heading('3. Atgrieztais resurss'),
    deviceTable([
      ['Izsniegšanas datums', placeholder('issueDate')],
      ['Atgriešanas termiņš', placeholder('returnDeadline')],
      ['Atgriešanas datums', placeholder('returnDate')],
    ]),

    heading('4. Resursa pieņemšana atpakaļ'),
    labelTable([
      ['Stāvoklis atgriežot', placeholder('returnCondition')],
      ['Piezīmes', placeholder('returnNotes')],
      ['Atgriešanu pieņēma', placeholder('returnAcceptedByName')],
    ]),

    heading('5. Personas datu apstrāde'),
    paragraph(
      'Izglītības iestāde apstrādā šajā aktā norādītos personas datus, lai uzskaitītu izsniegtos un atgrieztos resursus. ' +
        `Par personas datu apstrādi var vērsties pie datu aizsardzības speciālista: ${contactLine('dataProtectionName', 'dataProtectionPhone', 'dataProtectionEmail')}.`,
    ),

    heading('6. Paraksti'),
    signatureTable(['Nodeva:', 'Pieņēma:'], ['(vārds, uzvārds)', placeholder('returnAcceptedByName')]),
    paragraph(''),
  ];
}

/** @param {string[]} body */
function documentXml(body) {
  const section =
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="709" w:footer="709" w:gutter="0"/>` +
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  return `${XML_DECLARATION}<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}"><w:body>${body.join('')}${section}</w:body></w:document>`;
}

function stylesXml() {
  const fonts = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>`;
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts}<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="lv-LV" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="240"/><w:jc w:val="center"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="SignatureCaption"><w:name w:val="Signature Caption"/><w:basedOn w:val="TableText"/><w:qFormat/>' +
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

function settingsXml() {
  return (
    `${XML_DECLARATION}<w:settings xmlns:w="${W_NAMESPACE}">` +
    '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="lv-LV"/>' +
    '</w:settings>'
  );
}

function contentTypesXml() {
  const main = 'application/vnd.openxmlformats-officedocument';
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${main}.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${main}.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${main}.wordprocessingml.settings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${main}.extended-properties+xml"/>` +
    '</Types>'
  );
}

function packageRelationshipsXml() {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${R_NAMESPACE}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${R_NAMESPACE}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

function documentRelationshipsXml() {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${R_NAMESPACE}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${R_NAMESPACE}/settings" Target="settings.xml"/>` +
    '</Relationships>'
  );
}

/** @param {string} title */
function corePropertiesXml(title) {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>RUMIS</dc:creator><dc:language>lv-LV</dc:language>` +
    '</cp:coreProperties>'
  );
}

function appPropertiesXml() {
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>RUMIS</Application></Properties>'
  );
}

/**
 * Zips the parts of one DOCX and resolves with its bytes.
 * @param {string} title
 * @param {string[]} body
 * @returns {Promise<Buffer>}
 */
function buildDocx(title, body) {
  /** @type {Array<[string, string]>} */
  const parts = [
    ['[Content_Types].xml', contentTypesXml()],
    ['_rels/.rels', packageRelationshipsXml()],
    ['docProps/core.xml', corePropertiesXml(title)],
    ['docProps/app.xml', appPropertiesXml()],
    ['word/_rels/document.xml.rels', documentRelationshipsXml()],
    ['word/document.xml', documentXml(body)],
    ['word/styles.xml', stylesXml()],
    ['word/settings.xml', settingsXml()],
  ];

  const zip = new ZipFile();
  for (const [name, xml] of parts) {
    zip.addBuffer(Buffer.from(xml, 'utf8'), name, { mtime: ENTRY_MTIME, mode: 0o100644 });
  }
  zip.end();

  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    zip.outputStream.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

async function main() {
  const templates = [
    { file: 'handover-act.lv.docx', title: 'Pieņemšanas-nodošanas akts', body: handoverActBody() },
    { file: 'return-act.lv.docx', title: 'Pieņemšanas-nodošanas akts par resursa atgriešanu', body: returnActBody() },
  ];

  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const template of templates) {
    const target = path.join(OUTPUT_DIR, template.file);
    fs.writeFileSync(target, await buildDocx(template.title, template.body));
    console.log(`Wrote ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
