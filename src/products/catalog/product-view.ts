import type { Product } from "../entities/product.entity";
import type { ProductVariant } from "../entities/product-variant.entity";
import type { ProductDto } from "./dto/product.dto";
import type { VariantDto } from "./dto/variant.dto";

export function toVariantDto(v: ProductVariant): VariantDto {
  return {
    id: v.id,
    productId: v.productId,
    sku: v.sku,
    name: v.name,
    options: v.options,
    price: v.price,
    currency: v.currency,
    stock: v.stock,
    weightGrams: v.weightGrams,
    active: v.active,
    purchasable: v.active,
  };
}

type ProductFields = Pick<
  Product,
  | "id"
  | "name"
  | "slug"
  | "description"
  | "categoryId"
  | "status"
  | "images"
  | "attributes"
  | "createdAt"
  | "updatedAt"
>;

/** The product as the API shows it; price range and stock state come from `variants`' active ones. */
export function toProductDto(
  product: ProductFields,
  variants: ProductVariant[],
  currency: string,
): ProductDto {
  const active = variants.filter((v) => v.active);
  const prices = active.map((v) => v.price);
  return {
    id: product.id,
    name: product.name,
    slug: product.slug,
    description: product.description,
    categoryId: product.categoryId,
    status: product.status,
    images: product.images,
    attributes: product.attributes,
    priceRange: prices.length > 0 ? { min: Math.min(...prices), max: Math.max(...prices) } : null,
    currency,
    inStock: active.some((v) => v.stock > 0),
    purchasable: product.status === "active" && prices.length > 0,
    variants: variants.map(toVariantDto),
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}
