import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Continue only with an approved proposal (usulan) id',
    example: yaml.stringify({
      steps: [
        {
          id: 'reuse-check',
          action: 'spbe:reuse-check',
          name: 'SPBE reuse check',
          input: {
            name: 'Aplikasi Telemedisin',
            functions: ['konsultasi dokter jarak jauh'],
            agency: 'group:default/kemenkes',
            usulan: 'usulan-approved',
          },
        },
      ],
    }),
  },
  {
    description: 'Without an approved proposal the task stops and lists the applications to reuse',
    example: yaml.stringify({
      steps: [
        {
          id: 'reuse-check',
          action: 'spbe:reuse-check',
          name: 'SPBE reuse check',
          input: {
            name: 'Sistem Informasi Kepegawaian',
            description: 'Data pegawai dan absensi',
            functions: ['kepegawaian', 'absensi'],
            agency: 'group:default/kemenkes',
            referenceCodes: ['RAL.02.04'],
          },
        },
      ],
    }),
  },
];
