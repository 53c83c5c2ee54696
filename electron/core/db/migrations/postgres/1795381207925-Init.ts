import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795381207925 implements MigrationInterface {
  name = 'Init1795381207925';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "regions" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(50) NOT NULL, "parent_id" integer, "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_regions_code" UNIQUE ("code"), CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" SERIAL NOT NULL, "login" character varying(32) NOT NULL, "name" character varying(50) NOT NULL, "py" character varying(50) NOT NULL DEFAULT \'\', "password_hash" character varying(200) NOT NULL, "roles" character varying(200) NOT NULL, "manager_id" integer, "region_id" integer, "phone" character varying(30), "email" character varying(100), "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT \'0\', "locked_until" character varying(32), "last_login_at" character varying(32), "must_change_password" boolean NOT NULL DEFAULT false, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_users_login" UNIQUE ("login"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_users_manager" ON "users"  ("manager_id") ');
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "legal_name" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "py" character varying(100) NOT NULL DEFAULT \'\', "short_name" character varying(50), "credit_code" character varying(18), "address" character varying(200), "phone" character varying(50), "bank_name" character varying(100), "bank_account" character varying(50), "customer_type" character varying(10) NOT NULL DEFAULT \'cash\', "grade" character varying(10) NOT NULL DEFAULT \'general\', "region_id" integer, "source" character varying(20), "tags" character varying(500) NOT NULL DEFAULT \'\', "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT \'0\', "credit_days" integer NOT NULL DEFAULT \'0\', "bad_record" boolean NOT NULL DEFAULT false, "notes" text, "active" boolean NOT NULL DEFAULT true, "created_by" integer, "updated_by" integer, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"), CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_customers_name_key" ON "customers"  ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_customers_owner" ON "customers"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_region" ON "customers"  ("region_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_updated" ON "customers"  ("updated_at") ');
    await queryRunner.query(
      'CREATE TABLE "customer_owners" ("customer_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "PK_0a3db8c1caa0bef6e143f49417f" PRIMARY KEY ("customer_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_customer_owners_user" ON "customer_owners"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "contacts" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "name" character varying(50) NOT NULL, "title" character varying(50), "mobile" character varying(30), "phone" character varying(30), "email" character varying(100), "birthday" character varying(10), "is_primary" boolean NOT NULL DEFAULT false, "notes" character varying(500), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_contacts_customer" ON "contacts"  ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "products" ("id" SERIAL NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(100) NOT NULL, "py" character varying(100) NOT NULL DEFAULT \'\', "spec" character varying(100), "unit" character varying(10) NOT NULL, "category" character varying(50), "list_price" bigint NOT NULL DEFAULT \'0\', "floor_price" bigint NOT NULL DEFAULT \'0\', "cost_price" bigint, "tax_rate" integer NOT NULL DEFAULT \'1300\', "notes" character varying(500), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_products_code" UNIQUE ("code"), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_products_name" ON "products"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "warehouses" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(50) NOT NULL, "address" character varying(200), "keeper_id" integer, "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_warehouses_code" UNIQUE ("code"), CONSTRAINT "PK_56ae21ee2432b2270b48867e4be" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "number_series" ("series" character varying(20) NOT NULL, "year" integer NOT NULL, "next_value" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_35136cf2d5c4c2c4c0f54ee17f2" PRIMARY KEY ("series", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "settings" ("key" character varying(64) NOT NULL, "value" text NOT NULL, "updated_at" character varying(32) NOT NULL, CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "at" character varying(32) NOT NULL, "user_id" integer, "user_name" character varying(50), "method" character varying(64) NOT NULL, "entity_type" character varying(32), "entity_id" character varying(64), "summary" character varying(500), "transport" character varying(16), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_at" ON "audit_log"  ("at") ');
    await queryRunner.query('CREATE INDEX "ix_audit_entity" ON "audit_log"  ("entity_type", "entity_id") ');
    await queryRunner.query(
      'ALTER TABLE "regions" ADD CONSTRAINT "fk_regions_parent_id" FOREIGN KEY ("parent_id") REFERENCES "regions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_manager_id" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_region_id" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_region_id" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_owners" ADD CONSTRAINT "fk_customer_owners_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_owners" ADD CONSTRAINT "fk_customer_owners_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contacts" ADD CONSTRAINT "fk_contacts_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "warehouses" ADD CONSTRAINT "fk_warehouses_keeper_id" FOREIGN KEY ("keeper_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "warehouses" DROP CONSTRAINT "fk_warehouses_keeper_id"');
    await queryRunner.query('ALTER TABLE "contacts" DROP CONSTRAINT "fk_contacts_customer_id"');
    await queryRunner.query('ALTER TABLE "customer_owners" DROP CONSTRAINT "fk_customer_owners_user_id"');
    await queryRunner.query('ALTER TABLE "customer_owners" DROP CONSTRAINT "fk_customer_owners_customer_id"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_updated_by"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_created_by"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_owner_id"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_region_id"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_region_id"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_manager_id"');
    await queryRunner.query('ALTER TABLE "regions" DROP CONSTRAINT "fk_regions_parent_id"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_at"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP TABLE "number_series"');
    await queryRunner.query('DROP TABLE "warehouses"');
    await queryRunner.query('DROP INDEX "public"."ix_products_name"');
    await queryRunner.query('DROP TABLE "products"');
    await queryRunner.query('DROP INDEX "public"."ix_contacts_customer"');
    await queryRunner.query('DROP TABLE "contacts"');
    await queryRunner.query('DROP INDEX "public"."ix_customer_owners_user"');
    await queryRunner.query('DROP TABLE "customer_owners"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_updated"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_region"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_name_key"');
    await queryRunner.query('DROP TABLE "customers"');
    await queryRunner.query('DROP INDEX "public"."ix_users_manager"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "regions"');
  }
}
