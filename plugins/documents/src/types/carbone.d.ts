// The part of the carbone 3.8.2 API that this package calls, because carbone ships no type declarations.
declare module 'carbone' {
  interface CarboneRenderOptions {
    /** Locale of carbone's formatters, such as `lv`. */
    lang?: string;
    /** IANA time zone of carbone's date formatters. */
    timezone?: string;
  }

  type CarboneRenderCallback = (error: Error | string | null, result: Buffer | string | null) => void;

  interface Carbone {
    render(templatePath: string, data: object, options: CarboneRenderOptions, callback: CarboneRenderCallback): void;
  }

  const carbone: Carbone;
  export = carbone;
}
