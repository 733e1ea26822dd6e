import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** One rejected cell of an import file, as the server reports it. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** Lists the problems of a rejected import file by row and column; the server lists at most 1000. */
export const ImportErrors = ({ problems, total }: { problems: ImportProblem[]; total: number }) => {
  const translate = useTranslate();
  return (
    <>
      {total > problems.length && (
        <Typography variant="body2" sx={{ my: 1 }}>
          {translate('resources.resources.import.errors_truncated', { shown: problems.length, total })}
        </Typography>
      )}
      <Table size="small" data-testid="import-errors">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.resources.import.row')}</TableCell>
            <TableCell>{translate('resources.resources.import.column')}</TableCell>
            <TableCell>{translate('resources.resources.import.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {problems.map((problem, index) => (
            <TableRow key={index}>
              <TableCell>{problem.row}</TableCell>
              <TableCell>{problem.column}</TableCell>
              <TableCell>{problem.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
