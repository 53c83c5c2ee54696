import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpportunityQuotations1795392329128 implements MigrationInterface {
  name = 'OpportunityQuotations1795392329128';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_quotations" ("quotation_id" integer NOT NULL, "opportunity_id" integer NOT NULL, "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_3670bfd93b809a820cff8ec3d3e" PRIMARY KEY ("quotation_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_quotations_opp" ON "crm_opportunity_quotations"  ("opportunity_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_quotations" ADD CONSTRAINT "fk_crm_opportunity_quotations_quotation_id" FOREIGN KEY ("quotation_id") REFERENCES "quotations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_quotations" ADD CONSTRAINT "fk_crm_opportunity_quotations_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_quotations" ADD CONSTRAINT "fk_crm_opportunity_quotations_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_quotations" DROP CONSTRAINT "fk_crm_opportunity_quotations_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_quotations" DROP CONSTRAINT "fk_crm_opportunity_quotations_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_quotations" DROP CONSTRAINT "fk_crm_opportunity_quotations_quotation_id"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_crm_opp_quotations_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_quotations"');
  }
}
