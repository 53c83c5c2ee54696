import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AllocationsEffectiveIndex1795395663895 implements MigrationInterface {
  name = 'AllocationsEffectiveIndex1795395663895';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_allocations_effective" ON "allocations" ("effective_date") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_allocations_effective"');
  }
}
