export type DocumentFormat = 'docx' | 'pdf';

export type TemplateKind = 'handover-act' | 'return-act';

/**
 * Values for the handover and return act templates, one per `{d.<field>}` placeholder.
 * The caller formats every value in Latvian: dates as DD.MM.YYYY, money as "416,50 EUR".
 * A value that is not known yet, such as the return fields before the return, is "—".
 * An empty string is rejected, because the document would have a blank in its place.
 */
export interface HandoverActDocumentData {
  actNumber: string;
  place: string;
  issueDate: string;
  returnDate: string;
  institutionName: string;
  institutionPhone: string;
  institutionEmail: string;
  handoverResponsibleName: string;
  handoverResponsiblePhone: string;
  handoverResponsibleEmail: string;
  resourceUserName: string;
  recipientName: string;
  /** Kind of device, the subtype's Latvian name, such as "Chromebook dators", without the manufacturer and model. */
  resourceName: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  inventoryNumber: string;
  value: string;
  conditionAtIssue: string;
  returnDeadline: string;
  ictContactName: string;
  ictContactPhone: string;
  ictContactEmail: string;
  dataProtectionName: string;
  dataProtectionPhone: string;
  dataProtectionEmail: string;
  issuerName: string;
  returnAcceptedByName: string;
  returnCondition: string;
  returnNotes: string;
}
