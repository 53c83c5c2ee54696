import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrintLog1795384500037 implements MigrationInterface {
  name = 'PrintLog1795384500037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "print_counters" ("doc_type" character varying(32) NOT NULL, "doc_key" character varying(100) NOT NULL, "prints" integer NOT NULL DEFAULT \'0\', "last_printed_at" character varying(32), CONSTRAINT "PK_3bc2b4501a7f352469e35935ecb" PRIMARY KEY ("doc_type", "doc_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "print_log" ("id" SERIAL NOT NULL, "doc_type" character varying(32) NOT NULL, "doc_key" character varying(100) NOT NULL, "doc_no" character varying(64), "copy_no" integer NOT NULL, "output" character varying(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" character varying(50) NOT NULL, "printed_at" character varying(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"), CONSTRAINT "PK_fda037c70b9b7b6c16ee085ed25" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log"  ("printed_at") ');
    await queryRunner.query(
      'ALTER TABLE "print_log" ADD CONSTRAINT "fk_print_log_printed_by" FOREIGN KEY ("printed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "print_log" DROP CONSTRAINT "fk_print_log_printed_by"');
    await queryRunner.query('DROP INDEX "public"."ix_print_log_at"');
    await queryRunner.query('DROP TABLE "print_log"');
    await queryRunner.query('DROP TABLE "print_counters"');
  }
}
